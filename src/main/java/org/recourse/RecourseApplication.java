package org.recourse;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application behind {@code ./recourse serve} and the data-folder commands. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RecourseApplication {
}
