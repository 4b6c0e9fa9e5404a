package com.ks.platform.catalog.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    @Bean
    TextEmbeddings textEmbeddings(SearchSettings settings) {
        return settings.retrieval() == SearchSettings.Retrieval.LEXICAL
                ? TextEmbeddings.off("ks.search.retrieval is lexical")
                : TextEmbeddings.bgeSmallZh(settings.queryCacheSize());
    }
}
