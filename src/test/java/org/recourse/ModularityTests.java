package org.recourse;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyDependOnEachOthersApis() {
        ApplicationModules.of(RecourseApplication.class).verify();
    }
}
