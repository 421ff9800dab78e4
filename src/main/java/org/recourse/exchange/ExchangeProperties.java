package org.recourse.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Exchange settings: the largest file an import accepts ({@code recourse.exchange.max-bytes}, default 50 MB). */
@ConfigurationProperties("recourse.exchange")
public record ExchangeProperties(Long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    public ExchangeProperties {
        maxBytes = maxBytes == null || maxBytes <= 0 ? DEFAULT_MAX_BYTES : maxBytes;
    }
}
