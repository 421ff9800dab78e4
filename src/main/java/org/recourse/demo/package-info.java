/**
 * The fictional demo data set ({@code --demo}): sources, persons, consents, testimonies in
 * Korean and English, already coded into incidents, loaded through the module APIs like any
 * user's input. Everything in it was written for Recourse and is marked fictional.
 */
package org.recourse.demo;
