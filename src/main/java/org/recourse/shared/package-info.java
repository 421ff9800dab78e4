/**
 * Values every module may use: sealed sensitive values, dates with precision, and the
 * exceptions that carry a user's mistake (invalid input, missing record) to the edge.
 * Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.recourse.shared;
