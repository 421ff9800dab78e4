package org.recourse.search.internal;

import org.recourse.search.SearchIndex;
import org.recourse.storage.DataFolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index lives in {@code dataFolder/index}; closing the context commits it. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(DataFolder dataFolder) {
        return new SearchIndex(dataFolder.folder("index"));
    }
}
