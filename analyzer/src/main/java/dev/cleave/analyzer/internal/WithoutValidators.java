package dev.cleave.analyzer.internal;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.PostProcessors;

import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Supplier;

/**
 * JavaParser's language-level step runs the level's post-processors (they shape the tree, e.g. {@code var}) and
 * then its validators, which only report code that a compiler would reject and cost about an eighth of an
 * analysis. Cleave analyzes code that compiles, and the parser's own syntax errors are still reported, so this
 * keeps the post-processors and drops the validators. Level RAW is no way out: it no longer parses
 * {@code yield}. When JavaParser's internals differ from what this expects, the configuration is left as it is
 * (validators on): slower, never wrong.
 */
final class WithoutValidators {
    private static final String LANGUAGE_LEVEL_PROCESSOR = ParserConfiguration.class.getName() + "$2";

    private WithoutValidators() {
    }

    static ParserConfiguration apply(ParserConfiguration configuration) {
        PostProcessors post = postProcessors(configuration.getLanguageLevel());
        if (post == null) {
            return configuration;
        }
        List<Supplier<Processor>> processors = configuration.getProcessors();
        for (int i = 0; i < processors.size(); i++) {
            if (processors.get(i).get().getClass().getName().equals(LANGUAGE_LEVEL_PROCESSOR)) {
                processors.set(i, () -> new Processor() {
                    @Override
                    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration config) {
                        post.postProcess(result, config);
                    }
                });
                return configuration;
            }
        }
        return configuration;
    }

    private static PostProcessors postProcessors(ParserConfiguration.LanguageLevel level) {
        try {
            Field field = ParserConfiguration.LanguageLevel.class.getDeclaredField("postProcessor");
            field.setAccessible(true);
            return (PostProcessors) field.get(level);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
