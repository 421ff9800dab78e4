package org.recourse.web.pages;

import org.recourse.demo.DemoStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of an installation with demo data says that the data is fictional. */
@ControllerAdvice(basePackageClasses = DemoBanner.class)
class DemoBanner {

    private final DemoStatus status;

    DemoBanner(DemoStatus status) {
        this.status = status;
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return status.loaded();
    }
}
