/**
 * The {@code ./recourse} command line: {@code serve} and the commands scripts use. It
 * depends on module APIs; nothing depends on it. Commands that need no data folder run
 * without Spring, so they start fast; the others open the data folder through
 * {@link org.recourse.cli.DataContext}.
 */
package org.recourse.cli;
