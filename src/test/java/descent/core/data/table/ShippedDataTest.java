package descent.core.data.table;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The committed data files: their size, classes and checksum, and that they are exactly the conversion's output. */
class ShippedDataTest {
    private static final Path DATA = Path.of("webapp/data");

    private static byte[] read(ShippedData set) throws IOException {
        return Files.readAllBytes(DATA.resolve(set.file()));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void penguinsHaveTheirSpeciesCounts() throws Exception {
        byte[] bytes = read(ShippedData.PENGUINS);
        Table t = ShippedData.PENGUINS.parse(bytes);
        assertEquals(342, t.size());
        assertEquals(2, t.dimension());
        assertArrayEquals(new int[] {151, 68, 123}, t.classCounts());
        assertEquals("Chinstrap", t.className(1));
        assertEquals(39.1, t.x(0, 0));
        assertEquals(18.7, t.x(0, 1));
        assertEquals("246f67c500d775bab11b08f72543b5e91277f7c06361af6023d775577c569868", sha256(bytes));
    }

    @Test
    void irisHasFiftyOfEachSpecies() throws Exception {
        byte[] bytes = read(ShippedData.IRIS);
        Table t = ShippedData.IRIS.parse(bytes);
        assertEquals(150, t.size());
        assertEquals(4, t.dimension());
        assertArrayEquals(new int[] {50, 50, 50}, t.classCounts());
        Table petals = t.columns(2, 3);
        assertEquals("petal_length_cm", petals.featureName(0));
        assertEquals(1.4, petals.x(0, 0));
        assertEquals("3beb14452abb8090011b15f8b4bdcc5c92d2f4d720b66cf39b27f69f76f6e32a", sha256(bytes));
    }

    @Test
    void digitsAre1797ImagesOfTenClasses() throws Exception {
        byte[] bytes = read(ShippedData.DIGITS);
        assertEquals(116_805, bytes.length);
        Table t = ShippedData.DIGITS.parse(bytes);
        assertEquals(1797, t.size());
        assertEquals(64, t.dimension());
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, t.classCounts());
        // The first image is a 0: its top row is 0,0,5,13,9,1,0,0 in the source.
        assertArrayEquals(new double[] {0, 0, 5, 13, 9, 1, 0, 0}, java.util.Arrays.copyOfRange(t.rows(), 0, 8));
        assertEquals(0, t.label(0));
        assertEquals("68aea062d35a127749050fa0e52dca09d6569ac08092c925610e0954e172dde2", sha256(bytes));
    }

    @Test
    void committedFilesAreWhatTheConversionMakes() throws IOException {
        assumeTrue(Files.exists(ShippedDataSources.PENGUINS) && Files.exists(ShippedDataSources.DIGITS),
                "Debian's r-cran-palmerpenguins and python3-sklearn are not installed");
        assertEquals(ShippedDataSources.penguins(Files.readAllLines(ShippedDataSources.PENGUINS)),
                new String(read(ShippedData.PENGUINS), StandardCharsets.UTF_8));
        assertEquals(ShippedDataSources.iris(Files.readAllLines(ShippedDataSources.IRIS)),
                new String(read(ShippedData.IRIS), StandardCharsets.UTF_8));
        assertArrayEquals(ShippedDataSources.digits(ShippedDataSources.gunzip(ShippedDataSources.DIGITS)),
                read(ShippedData.DIGITS));
    }

    @Test
    void everySetIsFoundByItsId() {
        for (ShippedData d : ShippedData.values()) {
            assertEquals(d, ShippedData.byId(d.id()));
        }
        assertEquals(null, ShippedData.byId("mnist"));
    }
}
