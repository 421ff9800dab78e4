package org.recourse.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrimaryNameTests {

    @Test
    void aNameNearlyAsDistinctAsTheAddressIsThePrimaryName() {
        // The restaurants of one hotel share its address; a guide still has a few more
        // addresses than names (branches of one restaurant). The name is what identifies.
        List<FieldPlan> plans = List.of(new FieldPlan("name", FieldType.NAME, 760, 864),
                new FieldPlan("address", FieldType.TEXT, 780, 864), new FieldPlan("city", FieldType.NAME, 40, 864));

        assertThat(LinkageEngine.primary(plans, 864)).isEqualTo(0);
    }

    @Test
    void aFewBrandsDoNotOutrankTheDescriptionOfAProduct() {
        List<FieldPlan> plans = List.of(new FieldPlan("title", FieldType.TEXT, 2400, 2554),
                new FieldPlan("brand", FieldType.NAME, 300, 2554));

        assertThat(LinkageEngine.primary(plans, 2554)).isEqualTo(0);
    }

    @Test
    void aNameMissingFromManyRecordsIsNotThePrimaryName() {
        List<FieldPlan> plans = List.of(new FieldPlan("alias", FieldType.NAME, 500, 600),
                new FieldPlan("account", FieldType.TEXT, 520, 1000));

        assertThat(LinkageEngine.primary(plans, 1000)).isEqualTo(1);
    }
}
