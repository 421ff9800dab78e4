package org.recourse.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real port with the embedded SQLite database in a fresh data
 * folder. Test classes that use this share one application (Spring caches the context). Tagged
 * as an application test: the build runs it a second time on PostgreSQL ({@link TestDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TestDatabase.APPLICATION_TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "recourse.storage.data-dir=target/test-data/app-${random.uuid}",
        "recourse.storage.db-url=",
        "recourse.security.admin-password=" + TestAccounts.ADMIN_PASSWORD,
        "recourse.demo.load=true",
        // Most tests log in as the administrator with a password only; one test turns this on.
        "recourse.security.require-admin-totp=false",
        // Every test client comes from the loopback address: leave room before it is throttled.
        "recourse.security.address-failure-limit=100"})
public @interface RecourseTest {
}
