package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.cleave.model.Stereotype;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The weaker evidence, used only when annotations and supertypes say nothing: name suffixes
 * ({@code ...Dao} → repository, {@code ...Service} → service, {@code ...Controller}/{@code ...Action} →
 * controller, {@code ...Dto}/{@code ...Form}/{@code ...Request}/{@code ...Response}/{@code ...VO} → DTO,
 * {@code ...Exception}), a {@code ...Bean} implementing its own business interface (session facade) → service,
 * and shapes: only static members with a private constructor → utility; only static final fields → constants.
 */
final class ShapeRules {
    private static final List<String> REPOSITORY = List.of("Dao", "DAO", "DaoImpl", "DAOImpl", "Repository",
            "RepositoryImpl");
    private static final List<String> SERVICE = List.of("Service", "ServiceImpl", "Facade", "FacadeImpl");
    private static final List<String> CONTROLLER = List.of("Controller", "Action");
    private static final List<String> DTO = List.of("DTO", "Dto", "Form", "Request", "Response", "VO", "Vo");
    private static final List<String> UTILITY = List.of("Util", "Utils", "Helper", "Helpers");

    private ShapeRules() {
    }

    static Set<Stereotype> byConvention(TypeContext ctx) {
        String name = ctx.type.getNameAsString();
        Set<Stereotype> roles = EnumSet.noneOf(Stereotype.class);
        if (endsWith(name, REPOSITORY)) {
            roles.add(Stereotype.REPOSITORY);
        } else if (endsWith(name, SERVICE) || isSessionFacade(ctx.type)) {
            roles.add(Stereotype.SERVICE);
        } else if (endsWith(name, CONTROLLER)) {
            roles.add(Stereotype.CONTROLLER);
        } else if (endsWith(name, DTO)) {
            roles.add(Stereotype.DTO);
        } else if (name.endsWith("Exception")) {
            roles.add(Stereotype.EXCEPTION);
        } else if (isConstants(ctx.type)) {
            roles.add(Stereotype.CONSTANTS);
        } else if (isUtility(ctx.type)) {
            roles.add(Stereotype.UTILITY);
        }
        return roles;
    }

    private static boolean endsWith(String name, List<String> suffixes) {
        return suffixes.stream().anyMatch(s -> name.endsWith(s) && name.length() > s.length());
    }

    /** {@code OrderFacadeBean implements OrderFacade}: an EJB-style bean behind its business interface. */
    private static boolean isSessionFacade(TypeDeclaration<?> type) {
        String name = type.getNameAsString();
        if (!name.endsWith("Bean") || !type.isClassOrInterfaceDeclaration()) {
            return false;
        }
        String business = name.substring(0, name.length() - "Bean".length());
        return type.asClassOrInterfaceDeclaration().getImplementedTypes().stream()
                .map(ClassOrInterfaceType::getNameAsString)
                .anyMatch(i -> i.equals(business) || i.equals(business + "Local") || i.equals(business + "Remote"));
    }

    private static boolean isUtility(TypeDeclaration<?> type) {
        if (!isPlainClass(type) || type.getMethods().isEmpty() || !allStatic(type)) {
            return false;
        }
        List<ConstructorDeclaration> ctors = type.getConstructors();
        return ctors.isEmpty() ? endsWith(type.getNameAsString(), UTILITY)
                : ctors.stream().allMatch(c -> c.hasModifier(Modifier.Keyword.PRIVATE));
    }

    private static boolean isConstants(TypeDeclaration<?> type) {
        boolean iface = type.isClassOrInterfaceDeclaration() && type.asClassOrInterfaceDeclaration().isInterface();
        if (!(iface || isPlainClass(type)) || type.getFields().isEmpty() || !type.getMethods().isEmpty()) {
            return false;
        }
        return iface || type.getFields().stream().allMatch(f -> f.isStatic() && f.isFinal())
                && type.getConstructors().stream().allMatch(c -> c.hasModifier(Modifier.Keyword.PRIVATE));
    }

    private static boolean isPlainClass(TypeDeclaration<?> type) {
        return type.isClassOrInterfaceDeclaration() && !type.asClassOrInterfaceDeclaration().isInterface();
    }

    private static boolean allStatic(TypeDeclaration<?> type) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            boolean isStatic = member instanceof FieldDeclaration f ? f.isStatic()
                    : member instanceof MethodDeclaration m ? m.isStatic()
                    : member instanceof ConstructorDeclaration || member instanceof TypeDeclaration<?>
                    || member.isInitializerDeclaration() && member.asInitializerDeclaration().isStatic();
            if (!isStatic) {
                return false;
            }
        }
        return true;
    }
}
