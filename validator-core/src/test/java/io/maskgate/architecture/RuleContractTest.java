package io.maskgate.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.maskgate.engine.Areas;
import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule contract, checked on the compiled core: every {@code @RuleInfo} class is registered (so it is
 * in {@code maskgate rules} and the docs), and findings are built only through a rule's {@link RuleMeta}.
 */
class RuleContractTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.maskgate");
    }

    /** The {@code @RuleInfo} classes among {@code classes} that {@code catalog} does not list. */
    static NavigableSet<String> unregistered(JavaClasses classes, RuleCatalog catalog) {
        Set<String> registered = catalog.all().stream().map(m -> m.ruleClass().getName()).collect(Collectors.toSet());
        return classes.stream().filter(c -> c.isAnnotatedWith(RuleInfo.class)).map(JavaClass::getName)
                .filter(name -> !registered.contains(name)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleInfoClassIsInTheCatalogue() {
        assertTrue(core.stream().anyMatch(c -> c.isAnnotatedWith(RuleInfo.class)), "no rule classes imported");
        assertEquals(Set.of(), unregistered(core, Areas.ruleCatalog()),
                "rules declared but not registered in their area's RuleList (or RuleSet)");
    }

    @Test
    void anUnregisteredRuleIsCaught() {
        // RuleCatalogTest declares test-only rules that no area registers
        JavaClasses withTests = new ClassFileImporter().importPackages("io.maskgate.rules");
        NavigableSet<String> missing = unregistered(withTests, Areas.ruleCatalog());
        assertTrue(missing.contains("io.maskgate.rules.RuleCatalogTest$One"), missing::toString);
        assertFalse(missing.isEmpty());
    }

    @Test
    void ruleInfoIsOnRulesAndEveryConcreteRuleHasIt() {
        classes().that().areAnnotatedWith(RuleInfo.class).should().implement(Rule.class).check(core);
        classes().that().implement(Rule.class).and().areNotInterfaces()
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().beAnnotatedWith(RuleInfo.class)
                .because("RuleMeta.of reads the annotation of every rule that raises a finding")
                .check(core);
    }

    @Test
    void findingsAreBuiltOnlyThroughRuleMeta() {
        noClasses().that().doNotBelongToAnyOf(RuleMeta.class, Finding.class)
                .and().haveNameNotMatching("io\\.maskgate\\.findings\\.FindingCodec(\\$.*)?")
                .should().callConstructor(Finding.class, String.class, Severity.class, Category.class, String.class,
                        Location.class, String.class, String.class)
                .because("one way to raise a finding: RuleMeta.finding (Rule.finding is that call); "
                        + "only re-classification (Finding.withSeverity) and reading spilled findings back build one")
                .check(core);
    }
}
