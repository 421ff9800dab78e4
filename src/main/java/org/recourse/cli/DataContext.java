package org.recourse.cli;

import java.util.HashMap;
import java.util.Map;
import org.recourse.RecourseApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Opens the application on a data folder, with or without the web server. */
final class DataContext {

    private DataContext() {
    }

    static ConfigurableApplicationContext open(Args args, boolean web, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        args.option("data").ifPresent(d -> props.put("recourse.storage.data-dir", d));
        SpringApplication app = new SpringApplication(RecourseApplication.class);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setDefaultProperties(Map.of());
        if (!web) {
            props.put("spring.main.banner-mode", "off");
            props.put("logging.level.root", "warn");
        }
        props.forEach((k, v) -> System.setProperty(k, String.valueOf(v)));
        return app.run();
    }
}
