package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.tests.support.ExampleModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken model file gives one error that names the file and, where known, the line; never a crash. */
class MalformedModelFileTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <cxm:CxModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:cxm="http://www.cxm.org/cxm/1.0"
                id="m" name="Broken">
            """;

    @TempDir
    Path folder;

    @Test
    void truncatedExampleNamesFileAndLastLine() throws Exception {
        String example = Files.readString(ExampleModels.path(ExampleModels.RETAIL_BANK));
        String truncated = example.substring(0, example.length() / 2);
        Path file = write("truncated.cxm", truncated);

        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));

        assertEquals(truncated.lines().count(), error.getLine(), "the parser stops at the end of the truncated text");
        assertTrue(error.getMessage().startsWith(file + ":" + error.getLine() + ":"), error.getMessage());
        assertTrue(error.getMessage().contains("malformed XML"), error.getMessage());
    }

    @Test
    void notXmlAtAll() throws Exception {
        Path file = write("binary.cxm", "\u0000\u0001PK garbage");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertTrue(error.getMessage().startsWith(file + ":1:"), error.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        Path file = write("empty.cxm", "");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
    }

    @Test
    void unknownEnumLiteralNamesItsLine() throws Exception {
        Path file = write("enum.cxm", HEADER + "  <channels id=\"c\" name=\"Fax\" kind=\"fax\"/>\n</cxm:CxModel>\n");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertEquals(4, error.getLine());
        assertTrue(error.getMessage().contains("Value 'fax' is not legal"), error.getMessage());
    }

    @Test
    void unknownElementNamesItsLine() throws Exception {
        Path file = write("feature.cxm", HEADER + "  <gadgets id=\"g\"/>\n</cxm:CxModel>\n");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertEquals(4, error.getLine());
        assertTrue(error.getMessage().contains("gadgets"), error.getMessage());
    }

    @Test
    void unresolvedReferenceNamesTheMissingId() throws Exception {
        Path file = write("dangling.cxm", HEADER + """
                  <journeys id="j" name="J" personas="persona.nobody"/>
                </cxm:CxModel>
                """);
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertEquals(4, error.getLine());
        assertTrue(error.getMessage()
                .contains("Unresolved reference 'persona.nobody': no element of the model has the id 'persona.nobody'"),
                error.getMessage());
    }

    @Test
    void anotherKindOfModel() throws Exception {
        Path file = write("other.cxm", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="other"/>
                """);
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertTrue(error.getMessage().contains("not a CXM model"), error.getMessage());
    }

    @Test
    void missingFile() {
        Path file = folder.resolve("nowhere.cxm");
        ModelLoadException error = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertEquals(file + ": no such file", error.getMessage());
    }

    private Path write(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
