package org.recourse.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A NUL character in any parameter is refused before it reaches the database (PostgreSQL cannot store it). */
class NulCharacterFilterTests {

    @Test
    void aNulInAFormValueIsRefusedWithABadRequestAndGoesNoFurther() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/persons");
        request.addParameter("pseudonym", "Witness\u0000 A (fictional)");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new NulCharacterFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(chain.getRequest()).as("the request goes no further").isNull();
    }

    @Test
    void aNulInAParameterNameOrOneOfSeveralValuesIsRefusedToo() throws Exception {
        MockHttpServletRequest named = new MockHttpServletRequest("GET", "/search");
        named.addParameter("q\u0000", "market");
        MockHttpServletRequest repeated = new MockHttpServletRequest("GET", "/incidents");
        repeated.addParameter("violation", "physical_assault", "\u0000");
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {named, repeated}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            new NulCharacterFilter().doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(400);
        }
    }

    @Test
    void otherControlCharactersAndKoreanTextPassThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/testimonies");
        request.addParameter("body", "첫 줄\r\n\tsecond line \u0007 (fictional)");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new NulCharacterFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
