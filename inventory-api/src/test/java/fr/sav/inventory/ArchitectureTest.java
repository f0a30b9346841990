package fr.sav.inventory;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.sav.inventory.shared.Conflict;
import fr.sav.inventory.shared.Script;
import fr.sav.inventory.shared.Sql;
import fr.sav.inventory.shared.Transactions;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Scope;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package by feature: features meet only through public doors, never in cycles, and the layers stay thin. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.sav.inventory");

    /** The feature packages: fr.sav.inventory's direct sub-packages. */
    private static final Set<String> FEATURES = CLASSES.stream().map(JavaClass::getPackageName)
            .filter(p -> p.startsWith("fr.sav.inventory."))
            .map(p -> p.substring("fr.sav.inventory.".length()).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));

    /**
     * Each feature's door: the one public bean other features may call (controllers, stores and helpers stay
     * package-private behind it). Repair has a second, for reads: {@code Repairs} needs the reservations, which read
     * repair orders, so one bean would be a cycle.
     */
    static final Map<String, Set<String>> DOORS = Map.ofEntries(
            Map.entry("catalog", Set.of("Catalog")),
            Map.entry("stock", Set.of("Warehouse")),
            Map.entry("reservation", Set.of("Reservations")),
            Map.entry("repair", Set.of("Repairs", "RepairViews")),
            Map.entry("exchange", Set.of("Exchanges")),
            Map.entry("loan", Set.of("Loans")),
            Map.entry("field", Set.of("TransferOrders")),
            Map.entry("purchasing", Set.of("Purchasing")),
            Map.entry("imports", Set.of("Imports")),
            Map.entry("labels", Set.of("LabelPrinting")),
            Map.entry("notification", Set.of("Notifications")),
            Map.entry("dashboard", Set.of("Dashboard")),
            Map.entry("security", Set.of("Accounts")));

    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern TABLE_WRITE = Pattern.compile(
            "(?<!KEY )(?<!FOR )\\b(?:INSERT\\s+(?:IGNORE\\s+)?INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO|INTO\\s+TABLE)\\s+`?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAPPED_ENTITY = Pattern.compile("@MappedEntity\\(\"(\\w+)\"\\)");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("fr.sav.inventory.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The feature a class belongs to ({@code fr.sav.inventory.<feature>..}), or null outside the service. */
    static String featureOf(JavaClass type) {
        String name = type.getBaseComponentType().getPackageName();
        return name.startsWith("fr.sav.inventory.") ? name.substring("fr.sav.inventory.".length()).split("\\.")[0] : null;
    }

    /** A bean: a scoped class (singleton, context...), a factory or a bean method's owner, a controller, a repository. */
    static boolean isBean(JavaClass type) {
        return type.isMetaAnnotatedWith(Scope.class) || type.isAnnotatedWith(Factory.class) || type.isAnnotatedWith(Bean.class)
                || type.isMetaAnnotatedWith(Controller.class) || type.isAnnotatedWith(Controller.class)
                || type.isMetaAnnotatedWith(Repository.class);
    }

    /**
     * A value type: a record, an enum, an exception, an interface or annotation that is not a bean, a final class
     * that is not a bean and whose fields are all final (like {@code WeeklyDemand}), or a class nested in a value type
     * (a value's builder, like {@code StockChange.Builder}).
     */
    static boolean isValueType(JavaClass type) {
        if (isBean(type)) {
            return false;
        }
        return type.getEnclosingClass().filter(ArchitectureTest::isValueType).isPresent() || type.isRecord() || type.isEnum() || type.isAssignableTo(Throwable.class) || type.isInterface()
                || type.isAnnotation() || type.getModifiers().contains(JavaModifier.FINAL) && type.getFields().stream()
                .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                .allMatch((JavaField f) -> f.getModifiers().contains(JavaModifier.FINAL));
    }

    /** Micronaut's generated bean definitions ($Foo$Definition...) name every bean they build. */
    private static boolean isGenerated(JavaClass type) {
        return type.getSimpleName().startsWith("$") || type.getName().contains(".$");
    }

    /** The uses of other features' classes that are neither their door nor a value type, in the given classes. */
    static List<String> backDoors(JavaClasses classes) {
        List<String> found = new java.util.ArrayList<>();
        for (JavaClass origin : classes) {
            String from = featureOf(origin);
            if (from == null || isGenerated(origin)) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String to = featureOf(target);
                if (to == null || to.equals(from) || to.equals("shared") || isValueType(target)
                        || DOORS.getOrDefault(to, Set.of()).contains(target.getSimpleName()) && target.getPackageName()
                        .equals("fr.sav.inventory." + to)) {
                    continue;
                }
                found.add(dependency.getDescription());
            }
        }
        return found;
    }

    /** The public beans of each feature that are not its door. */
    static Map<String, Set<String>> extraPublicBeans(JavaClasses classes) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (JavaClass type : classes) {
            String feature = featureOf(type);
            if (feature == null || feature.equals("shared") || isGenerated(type) || !isBean(type)
                    || !type.getModifiers().contains(JavaModifier.PUBLIC)
                    || DOORS.getOrDefault(feature, Set.of()).contains(type.getSimpleName())) {
                continue;
            }
            found.computeIfAbsent(feature, f -> new TreeSet<>()).add(type.getName());
        }
        return found;
    }

    /** A feature is used through its door (named in {@link #DOORS}) and its value types, never through its insides. */
    @Test
    void featuresUseOnlyEachOthersDoorsAndValueTypes() {
        assertEquals(List.of(), backDoors(CLASSES), "uses of another feature's insides");
    }

    /** A feature has one public bean, its door: the rest of its beans are package-private. */
    @Test
    void eachFeatureHasOnePublicBeanItsDoor() {
        assertEquals(Set.of(), FEATURES.stream().filter(f -> !f.equals("shared") && !DOORS.containsKey(f))
                .collect(Collectors.toSet()), "features without a door in the table");
        assertEquals(Map.of(), extraPublicBeans(CLASSES), "public beans that are not their feature's door");
    }

    @Test
    void theSharedKernelKnowsNoFeature() {
        noClasses().that().resideInAPackage("fr.sav.inventory.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().filter(f -> !f.equals("shared"))
                        .map(f -> "fr.sav.inventory." + f + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void controllersNeverTouchTransactionsOrSql() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().belongToAnyOf(Transactions.class, Sql.class, Script.class,
                        JdbcOperations.class, TransactionOperations.class)
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }

    /**
     * A library module is a boundary only if it has packages of its own: a service class in one of its packages would
     * see its package-private types.
     */
    @Test
    void theLibrariesKeepTheirOwnPackages() {
        JavaClasses everything = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.sav");
        Map<String, Set<String>> rootsByPackage = new TreeMap<>();
        for (JavaClass type : everything) {
            String location = type.getSource().orElseThrow().getUri().toString();
            String root = location.substring(0, location.indexOf(type.getPackageName().replace('.', '/')));
            rootsByPackage.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>()).add(root);
        }
        assertTrue(rootsByPackage.keySet().containsAll(Set.of("fr.sav.labelprinter", "fr.sav.csvimport",
                "fr.sav.inventory.labels")), "the libraries and the service are all on the class path");
        assertEquals(Map.of(), rootsByPackage.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "packages shared by two modules");
    }

    /**
     * A refusal is a named exception carrying its facts ({@code UnitNotAvailable(serial, status)}), so that a test
     * asserts what was refused and why: outside the shared kernel, only a subclass's constructor builds a Conflict.
     */
    @Test
    void refusalsAreNamedNeverABareConflict() {
        noClasses().that().resideOutsideOfPackage("fr.sav.inventory.shared..").and().areNotAssignableTo(Conflict.class)
                .should().callConstructorWhere(target(owner(type(Conflict.class))))
                .because("a refusal is a named exception of its feature, with its facts as constructor parameters")
                .check(CLASSES);
    }

    @Test
    void theCatalogIsMasterDataThatKnowsNoOtherFeature() {
        noClasses().that().resideInAPackage("fr.sav.inventory.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.sav.inventory.stock..", "fr.sav.inventory.security..")
                .check(CLASSES);
    }

    @Test
    void controllersAndRepositoriesDoNotDemarcateTransactions() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .should().notBeAnnotatedWith(Transactional.class).check(CLASSES);
        noClasses().that().areAnnotatedWith(Controller.class).should().beAnnotatedWith(Transactional.class).check(CLASSES);
        noClasses().that().areMetaAnnotatedWith(Repository.class).should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    /**
     * Each table is written by one feature only: the SQL the code holds (string literals and text blocks) and the
     * entities Micronaut Data saves name the tables each feature inserts into, updates or deletes from.
     */
    @Test
    void eachTableIsWrittenByOneFeature() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        Path sources = Path.of("src/main/java/fr/sav/inventory");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = sources.relativize(file).getName(0).toString();
                String code = Files.readString(file);
                Matcher literal = STRING_LITERAL.matcher(code);
                while (literal.find()) {
                    Matcher write = TABLE_WRITE.matcher(literal.group());
                    while (write.find()) {
                        writers.computeIfAbsent(write.group(1).toLowerCase(Locale.ROOT), t -> new TreeSet<>()).add(feature);
                    }
                }
                Matcher entity = MAPPED_ENTITY.matcher(code);
                while (entity.find()) {
                    writers.computeIfAbsent(entity.group(1), t -> new TreeSet<>()).add(feature);
                }
            }
        }
        assertTrue(writers.keySet().containsAll(Set.of("stock_movement", "stock_level", "app_user", "part")),
                "the scan finds the tables: " + writers.keySet());
        assertEquals(Map.of(), writers.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "tables written by several features");
    }
}
