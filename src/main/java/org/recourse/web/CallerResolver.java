package org.recourse.web;

import java.util.Arrays;
import org.recourse.security.Caller;
import org.recourse.security.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method the signed-in {@link Caller}, so module APIs can decide what it may see. */
class CallerResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("no signed-in caller");
        }
        Role role = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(a -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(a)))
                .findFirst().orElseThrow(() -> new AccessDeniedException("the account has no role"));
        return new Caller(auth.getName(), role);
    }
}
