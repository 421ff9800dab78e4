package org.recourse.coding;

import java.util.Optional;

/** Where an incident happened: a location type and a country (vocabulary codes), province and named facility. */
public record Location(Optional<String> type, Optional<String> country, String province, String facility) {

    public static final Location UNKNOWN = new Location(Optional.empty(), Optional.empty(), "", "");
}
