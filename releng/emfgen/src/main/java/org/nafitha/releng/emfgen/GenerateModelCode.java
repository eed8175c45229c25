package org.nafitha.releng.emfgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generation (no OSGi, no workspace) for Nafitha's model bundles.
 *
 * <p>Arguments: the bundles folder and the genmodel path relative to it. The genmodel is first
 * reconciled with its .ecore (new classes and features get their generator settings) and saved
 * back, then the model and edit code are generated into a scratch folder and the {@code src-gen}
 * folders of the model and edit bundles are replaced by the fresh output (so classes removed from the model
 * leave no stale code). Hand-written code lives beside {@code src-gen}, in {@code src}: generated code is never
 * edited, not even in "@generated NOT" members, so nothing hand-written is ever overwritten.
 */
public final class GenerateModelCode {

    public static void main(String[] args) throws IOException {
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        Path genmodelFile = bundles.resolve(args[1]);
        Path scratch = Files.createTempDirectory("nafitha-emfgen");

        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet rs = new ResourceSetImpl();
        Resource r = rs.getResource(URI.createFileURI(genmodelFile.toString()), true);
        GenModel genModel = (GenModel) r.getContents().get(0);
        genModel.reconcile();
        for (GenPackage gp : genModel.getGenPackages()) {
            gp.initialize(gp.getEcorePackage());
        }
        r.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 120));

        String modelPlugin = genModel.getModelPluginID();
        String editPlugin = genModel.getEditPluginID();
        EcorePlugin.getPlatformResourceMap().put(modelPlugin, URI.createFileURI(scratch.resolve(modelPlugin) + "/"));
        EcorePlugin.getPlatformResourceMap().put(editPlugin, URI.createFileURI(scratch.resolve(editPlugin) + "/"));
        genModel.setCanGenerate(true);

        Generator generator = new Generator();
        generator.setInput(genModel);
        boolean withEdit = Files.isDirectory(bundles.resolve(editPlugin));
        check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
        if (withEdit) {
            check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
        }

        replaceSrcGen(scratch.resolve(modelPlugin), bundles.resolve(modelPlugin));
        if (withEdit) {
            replaceSrcGen(scratch.resolve(editPlugin), bundles.resolve(editPlugin));
        }
        deleteTree(scratch);
    }

    private static void check(Diagnostic d) {
        System.out.println("EMF generation: " + d.getMessage() + " (severity " + d.getSeverity() + ")");
        d.getChildren().forEach(c -> System.out.println("  " + c.getMessage()));
        if (d.getSeverity() == Diagnostic.ERROR) {
            System.exit(1);
        }
    }

    /** Replaces bundle/src-gen, plugin.properties and icons/ with the generated ones; plugin.xml and MANIFEST.MF are kept by hand. */
    private static void replaceSrcGen(Path generatedPlugin, Path bundle) throws IOException {
        Path target = bundle.resolve("src-gen");
        deleteTree(target);
        copyTree(generatedPlugin.resolve("src-gen"), target);
        // generated labels (English) and icons; Arabic labels live beside them in plugin_ar.properties, by hand
        if (Files.exists(generatedPlugin.resolve("plugin.properties"))) {
            Files.copy(generatedPlugin.resolve("plugin.properties"), bundle.resolve("plugin.properties"),
                    StandardCopyOption.REPLACE_EXISTING);
            applyLabelOverrides(bundle);
        }
        if (Files.isDirectory(generatedPlugin.resolve("icons"))) {
            deleteTree(bundle.resolve("icons"));
            copyTree(generatedPlugin.resolve("icons"), bundle.resolve("icons"));
        }
        System.out.println("wrote " + target);
    }

    /**
     * EMF derives English labels from feature names ("nameEn" gives "Name En"); labels.en.properties beside
     * plugin.properties holds the planner's words for them, and replaces those keys in the generated file.
     */
    private static void applyLabelOverrides(Path bundle) throws IOException {
        Path overrides = bundle.resolve("labels.en.properties");
        if (!Files.exists(overrides)) {
            return;
        }
        java.util.Properties labels = new java.util.Properties();
        try (var in = Files.newBufferedReader(overrides, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            labels.load(in);
        }
        Path file = bundle.resolve("plugin.properties");
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            int eq = line.indexOf('=');
            String key = eq > 0 ? line.substring(0, eq).trim() : null;
            lines.add(key != null && labels.containsKey(key) ? key + " = " + escape(labels.getProperty(key)) : line);
        }
        Files.write(file, lines, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            sb.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                try {
                    Path dest = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private GenerateModelCode() {
    }
}
