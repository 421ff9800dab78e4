package org.recourse.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every Spring test application says which database it runs on, so that none drops out of the
 * PostgreSQL run unnoticed: tagged as an application test (both databases), marked
 * {@link SqliteOnly} with a reason, or tagged as registering PostgreSQL itself.
 */
class TestDatabaseTagsTests {

    private static final Set<String> DECLARED = Set.of(TestDatabase.APPLICATION_TAG, TestDatabase.SQLITE_ONLY_TAG,
            TestDatabase.POSTGRES_TAG);

    @Test
    void everySpringBootTestSaysWhichDatabaseItRunsOn() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scan.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class, true, false));
        List<Class<?>> tests = scan.findCandidateComponents("org.recourse").stream()
                .<Class<?>>map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), getClass().getClassLoader()))
                .filter(c -> !c.isAnnotation()).toList();

        assertThat(tests).as("the scan finds the application tests").hasSizeGreaterThan(20)
                .anyMatch(c -> c.getName().equals("org.recourse.web.PageIntegrationTests"));
        List<String> undeclared = tests.stream().filter(c -> tags(c).stream().noneMatch(DECLARED::contains))
                .map(Class::getName).sorted().toList();
        assertThat(undeclared).as("tag them %s, or mark them @SqliteOnly with a reason", TestDatabase.APPLICATION_TAG)
                .isEmpty();
    }

    @Test
    void aClassMarkedSqliteOnlyStaysOnSqliteEvenInThePostgresRun() {
        String before = System.getProperty(TestDatabase.PROPERTY);
        System.setProperty(TestDatabase.PROPERTY, TestDatabase.POSTGRES);
        try {
            assertThat(new TestDatabase().createContextCustomizer(Marked.class, List.of())).isNull();
        } finally {
            if (before == null) {
                System.clearProperty(TestDatabase.PROPERTY);
            } else {
                System.setProperty(TestDatabase.PROPERTY, before);
            }
        }
    }

    private static Set<String> tags(Class<?> c) {
        return MergedAnnotations.from(c, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).stream(Tag.class)
                .map(a -> a.getString("value")).collect(Collectors.toSet());
    }

    @SqliteOnly("an example for the test above")
    private static final class Marked {
    }
}
