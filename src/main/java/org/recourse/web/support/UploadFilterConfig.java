package org.recourse.web.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link StreamedUploadFilter} before Spring Security's filters (order -100), then
 * {@link NulCharacterFilter}, which reads the parameters (of the streamed request's small fields
 * on the attach URLs) before anything, sign-in included, looks them up in the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UploadFilterConfig {

    @Bean
    FilterRegistrationBean<StreamedUploadFilter> streamedUploadFilter() {
        FilterRegistrationBean<StreamedUploadFilter> bean = new FilterRegistrationBean<>(new StreamedUploadFilter());
        bean.setOrder(-110);
        bean.addUrlPatterns("/sources/*", "/testimonies/*", "/api/sources/*");
        return bean;
    }

    @Bean
    FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
        FilterRegistrationBean<NulCharacterFilter> bean = new FilterRegistrationBean<>(new NulCharacterFilter());
        bean.setOrder(-105);
        return bean;
    }
}
