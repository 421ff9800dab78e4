package org.recourse.web.api;

import org.recourse.coding.ActId;
import org.recourse.coding.IncidentId;
import org.recourse.coding.PassageId;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.TestimonyId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** JSON shapes of the API: ids are plain strings, as clients send them back. */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    @Bean
    SimpleModule idsAsText() {
        SimpleModule module = new SimpleModule("recourse-ids");
        for (Class<?> id : new Class<?>[] {SourceId.class, PersonId.class, TestimonyId.class, IncidentId.class, ActId.class,
                PassageId.class}) {
            module.addSerializer(id, ToStringSerializer.instance);
        }
        return module;
    }
}
