package descent.web.state;

import descent.core.data.DatasetKind;
import descent.core.nn.Activation;
import descent.core.nn.Init;
import descent.core.nn.Loss;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ids are part of every shared link: a new or renamed constant must be given its id on purpose. */
class IdsTest {
    @Test
    void everyConstantHasItsWrittenOutId() {
        assertEquals(List.of("circle", "xor", "gaussians", "spiral", "moons", "plane", "bumps"),
                ids(DatasetKind.values(), Ids::datasetId, Ids::dataset));
        assertEquals(List.of("tanh", "relu", "sigmoid", "linear"),
                ids(Activation.values(), Ids::activationId, Ids::activation));
        assertEquals(List.of("squared", "cross-entropy"), ids(Loss.values(), Ids::lossId, Ids::loss));
        // Init's ids are the core's own; listed here because they are part of the URL contract too.
        assertEquals(List.of("zero", "constant", "uniform", "xavier", "xavier-normal", "he-uniform", "he", "orthogonal",
                "sparse", "normal"), ids(Init.values(), Init::id, Init::fromId));
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id, Function<String, E> lookup) {
        List<String> out = new ArrayList<>();
        for (E v : values) {
            String s = id.apply(v);
            assertEquals(v, lookup.apply(s), s);
            out.add(s);
        }
        return out;
    }
}
