package org.nafitha.model.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes scenario files ({@code .nafitha}, XMI). Writing is atomic: the file is written beside the target
 * and moved over it only when complete, so a failed save leaves the last good file intact.
 */
public final class ScenarioFiles {

    /** The file extension of scenario files, without the dot. */
    public static final String EXTENSION = "nafitha";

    private ScenarioFiles() {
    }

    /** Save options that make the same scenario always give the same bytes. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        return options;
    }

    /** A resource set that reads and writes scenario files. */
    public static ResourceSet newResourceSet() {
        NafithaPackage.eINSTANCE.eClass();
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new ScenarioResource.Factory());
        set.getPackageRegistry().put(NafithaPackage.eNS_URI, NafithaPackage.eINSTANCE);
        return set;
    }

    public static Scenario load(Path file) throws ScenarioFileException {
        if (!Files.isRegularFile(file)) {
            throw new ScenarioFileException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new ScenarioFileException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a scenario from a stream; {@code name} is the file name used in messages and as the resource URI. */
    public static Scenario read(InputStream in, String name) throws ScenarioFileException {
        ScenarioResource resource = (ScenarioResource) newResourceSet().createResource(URI.createFileURI(name));
        try {
            // a scenario file never needs a DTD: refusing DOCTYPE shuts out external entities (XXE) and entity bombs
            resource.load(in, Map.of(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE, XMLResource.OPTION_PARSER_FEATURES,
                    Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
                            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
                            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE)));
        } catch (IOException e) {
            throw new ScenarioFileException(describe(name, e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new ScenarioFileException(describe(name, resource.getErrors().get(0)));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Scenario scenario)) {
            throw new ScenarioFileException(name + ": expected exactly one scenario element, found "
                    + resource.getContents().size() + " root elements");
        }
        return scenario;
    }

    /** The bytes of a scenario file; the scenario is not moved out of its resource. */
    public static byte[] toBytes(Scenario scenario) throws ScenarioFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(scenario, out);
        return out.toByteArray();
    }

    public static void write(Scenario scenario, OutputStream out) throws ScenarioFileException {
        Resource resource = scenario.eResource();
        if (!(resource instanceof ScenarioResource) || resource.getContents().size() != 1) {
            // a scenario built in memory: give it a scenario file of its own
            resource = newResourceSet().createResource(URI.createURI("scenario." + EXTENSION));
            resource.getContents().add(scenario);
        }
        try {
            resource.save(out, saveOptions());
        } catch (IOException | RuntimeException e) {
            throw new ScenarioFileException("cannot write scenario " + scenario.getCode() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saves atomically ({@link OutputFiles}): the last good file stays intact when anything fails; a replaced file keeps
     * its mode, a new one gets the folder's usual permissions.
     */
    public static void save(Scenario scenario, Path file) throws ScenarioFileException {
        byte[] bytes = toBytes(scenario);
        try {
            OutputFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ScenarioFileException(e.getMessage(), e);
        }
    }

    private static String describe(String name, Object error) {
        if (error instanceof Resource.Diagnostic d) {
            return name + (d.getLine() > 0 ? " line " + d.getLine() + ", column " + d.getColumn() : "") + ": " + d.getMessage();
        }
        if (error instanceof Exception e && e.getCause() instanceof Resource.Diagnostic d) {
            return describe(name, d);
        }
        if (error instanceof Exception e && e.getCause() instanceof SAXParseException p) {
            return name + " line " + p.getLineNumber() + ", column " + p.getColumnNumber() + ": " + p.getMessage();
        }
        return name + ": " + (error instanceof Throwable t ? t.getMessage() : String.valueOf(error));
    }
}
