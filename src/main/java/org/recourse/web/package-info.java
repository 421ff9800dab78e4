/**
 * The browser UI (Thymeleaf + htmx, server-rendered, strict CSP) and the JSON API under
 * {@code /api/}. Controllers are thin: parse a form record, call one module API, choose a view.
 * Servlets and Spring MVC live only here. Nothing depends on this module.
 */
package org.recourse.web;
