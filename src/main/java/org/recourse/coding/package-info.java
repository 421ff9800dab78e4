/**
 * Coding testimony into incidents: who did what to whom, where, when. An incident has acts
 * (one violation against one victim, with perpetrators and their involvement), a location,
 * a date with precision, institutional responses, and passages: exact character spans of
 * testimonies that support it. Codes come from {@code vocabulary}; testimonies from
 * {@code testimony}. Publishes {@link org.recourse.coding.IncidentChanged}.
 */
package org.recourse.coding;
