package org.recourse.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** One method and path Spring MVC has mapped, with its handler: what the sweeps over every endpoint call. */
record MappedEndpoint(HttpMethod method, String pattern, HandlerMethod handler) {

    /** Its handler takes a file, so it is called with a multipart body. */
    boolean multipart() {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
    }

    @Override
    public String toString() {
        return method.name() + " " + pattern;
    }

    /** Every mapped endpoint but Spring Boot's own error page (reached only by an error dispatch), sorted by path. */
    static List<MappedEndpoint> all(RequestMappingHandlerMapping mappings) {
        List<MappedEndpoint> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            List<HttpMethod> methods = m.getKey().getMethodsCondition().getMethods().stream()
                    .map(rm -> HttpMethod.valueOf(rm.name())).toList();
            for (String pattern : m.getKey().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (HttpMethod method : methods.isEmpty() ? List.of(HttpMethod.GET) : methods) {
                    out.add(new MappedEndpoint(method, pattern, m.getValue()));
                }
            }
        }
        out.sort(Comparator.comparing(MappedEndpoint::pattern).thenComparing(e -> e.method().name()));
        return out;
    }
}
