package org.recourse.web.api;

import org.recourse.coding.ActId;
import org.recourse.coding.IncidentId;
import org.recourse.coding.PassageId;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.TestimonyId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * JSON shapes of the API: ids are plain strings, as clients send them back; no string may hold
 * the NUL character (U+0000), which PostgreSQL cannot store: the call is refused (400) on both
 * databases instead of failing in the database (see web.support.NulCharacterFilter for forms).
 */
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

    @Bean
    SimpleModule stringsWithoutNul() {
        return new SimpleModule("recourse-no-nul").addDeserializer(String.class, new StringWithoutNul());
    }

    static final class StringWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, value, "holds the NUL character");
            }
            return value;
        }
    }
}
