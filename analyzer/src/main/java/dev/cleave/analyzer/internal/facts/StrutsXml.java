package dev.cleave.analyzer.internal.facts;

import static dev.cleave.analyzer.internal.facts.XmlDocs.children;
import static dev.cleave.analyzer.internal.facts.XmlDocs.descendants;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.Problem;
import dev.cleave.model.Stereotype;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.w3c.dom.Element;

/**
 * Struts 1 {@code struts-config.xml}: action classes (controllers, shared singletons) with their paths, form
 * beans (DTOs). Struts 2 {@code struts.xml}: action classes with {@code namespace/name.action} and their method.
 *
 * <p>Struts 1 uses (each file is a module): an action uses the class of its form bean ({@code name}) and the
 * project classes its dynamic form properties are typed with, the handlers of its own {@code <exception>}s, and
 * what the module gives every action: the global exception handlers, the plug-ins and the request processor
 * ({@code <controller processorClass>}). An exception handler uses the exception it handles.
 */
final class StrutsXml implements DescriptorFacts.Linker {
    /** A class named by the module, with where. */
    private record Named(String className, int line) {
    }

    /** An action mapping of a project or library class, with the classes it uses directly. */
    private record Action(String type, int line, List<Named> uses) {
    }

    /** One struts-config file. */
    private record Module(String file, List<Action> actions, List<Named> everyAction,
                          Map<String, List<Named>> handled) {
    }

    private final List<Module> modules = new ArrayList<>();

    void collect(Descriptors.Doc doc, DescriptorFacts facts) {
        Element root = doc.root();
        Map<String, List<Named>> forms = new HashMap<>();
        for (Element form : descendants(root, "form-bean")) {
            String type = form.getAttribute("type").trim();
            if (!type.isEmpty() && !type.startsWith("org.apache.struts.")) {
                facts.stereotype(type, Stereotype.DTO);
            }
            List<Named> classes = new ArrayList<>();
            classes.add(new Named(type, XmlDocs.line(form)));
            for (Element property : descendants(form, "form-property")) {
                classes.add(new Named(property.getAttribute("type").replace("[]", ""), XmlDocs.line(property)));
            }
            forms.put(form.getAttribute("name").trim(), classes);
        }
        Module module = new Module(doc.file(), new ArrayList<>(), new ArrayList<>(), new HashMap<>());
        for (Element action : descendants(root, "action")) {
            String type = action.getAttribute("type").trim();
            String path = action.getAttribute("path").trim();
            if (type.isEmpty()) {
                continue;
            }
            facts.stereotype(type, Stereotype.CONTROLLER);
            facts.singletons.add(type);
            if (!path.isEmpty()) {
                facts.strutsActions.computeIfAbsent(type, k -> new TreeSet<>()).add(path);
            }
            List<Named> uses = new ArrayList<>(forms.getOrDefault(action.getAttribute("name").trim(), List.of()));
            children(action, "exception").forEach(e -> uses.add(handler(e, module)));
            module.actions().add(new Action(type, XmlDocs.line(action), uses));
        }
        for (Element global : children(root, "global-exceptions")) {
            children(global, "exception").forEach(e -> module.everyAction().add(handler(e, module)));
        }
        for (Element plugIn : children(root, "plug-in")) {
            module.everyAction().add(new Named(plugIn.getAttribute("className").trim(), XmlDocs.line(plugIn)));
        }
        for (Element controller : children(root, "controller")) {
            module.everyAction().add(new Named(controller.getAttribute("processorClass").trim(),
                    XmlDocs.line(controller)));
        }
        modules.add(module);
    }

    private static Named handler(Element exception, Module module) {
        Named handler = new Named(exception.getAttribute("handler").trim(), XmlDocs.line(exception));
        module.handled().computeIfAbsent(handler.className(), k -> new ArrayList<>())
                .add(new Named(exception.getAttribute("type").trim(), handler.line()));
        return handler;
    }

    @Override
    public void link(XmlTypes types, List<DescriptorFacts.Wire> wires, Consumer<Problem> problems) {
        for (Module module : modules) {
            for (Action action : module.actions()) {
                Optional<String> from = resolved(types, new Named(action.type(), action.line()), module, problems);
                List<Named> uses = new ArrayList<>(action.uses());
                uses.addAll(distinct(module.everyAction()));
                for (Named used : uses) {
                    Optional<String> to = resolved(types, used, module, problems);
                    if (from.isPresent() && to.isPresent()) {
                        wires.add(new DescriptorFacts.Wire(from.get(), to.get(), EdgeKind.TYPE_USE));
                    }
                }
            }
            module.handled().forEach((handler, exceptions) -> types.resolve(handler).ifPresent(h -> exceptions
                    .forEach(e -> types.resolve(e.className()).ifPresent(
                            to -> wires.add(new DescriptorFacts.Wire(h, to, EdgeKind.TYPE_USE))))));
        }
    }

    /** The first mention of each class (two global exceptions may share their handler). */
    private static List<Named> distinct(List<Named> named) {
        Map<String, Named> first = new LinkedHashMap<>();
        named.forEach(n -> first.putIfAbsent(n.className(), n));
        return List.copyOf(first.values());
    }

    private static Optional<String> resolved(XmlTypes types, Named named, Module module, Consumer<Problem> problems) {
        if (named.className().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = types.resolve(named.className());
        if (type.isEmpty() && types.missingInProjectPackage(named.className())) {
            problems.accept(new Problem(module.file(), named.line(), "Struts names " + named.className()
                    + ", no class of the project: left out"));
        }
        return type;
    }

    /** Struts 2 {@code struts.xml}: entry points only. */
    static void readStruts2(Element root, DescriptorFacts facts) {
        for (Element pkg : descendants(root, "package")) {
            String namespace = pkg.getAttribute("namespace").trim();
            for (Element action : children(pkg, "action")) {
                String type = action.getAttribute("class").trim();
                String name = action.getAttribute("name").trim();
                if (type.isEmpty() || name.isEmpty()) {
                    continue;
                }
                String method = action.getAttribute("method").trim();
                facts.stereotype(type, Stereotype.CONTROLLER);
                facts.entryPoint(type, new EntryPoint("*", EntryPointRules.join(namespace, name + ".action"),
                        method.isEmpty() ? "execute" : method));
            }
        }
    }
}
