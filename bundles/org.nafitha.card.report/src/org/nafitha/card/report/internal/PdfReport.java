package org.nafitha.card.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.nafitha.card.report.ReportFonts;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The report's XHTML as a PDF, by openhtmltopdf: the document is parsed here (the JDK's parser, no DTD fetched) and
 * handed over as a W3C DOM, images resolve against its folder, the DejaVu fonts are embedded (subset), and ICU splits
 * and reorders bidirectional text and shapes Arabic (joined letter forms). Page size A4 from the document's CSS.
 */
public final class PdfReport {

    static {
        // openhtmltopdf logs every font and image it loads through java.util.logging; a report needs none of that
        XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    public static void write(Path html, Path pdf, boolean rtl, ReportFonts fonts) throws IOException {
        Document document = parse(html);
        Path folder = html.toAbsolutePath().getParent();
        Path partial = pdf.resolveSibling(pdf.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(fonts.regular().toFile(), ReportFonts.FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(fonts.bold().toFile(), ReportFonts.FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(rtl ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            builder.withProducer("Nafitha");
            builder.withW3cDocument(document, folder.toUri().toString());
            builder.toStream(out);
            builder.run();
        } catch (RuntimeException e) {
            Files.deleteIfExists(partial);
            throw new IOException(pdf + ": cannot write the PDF: " + e, e);
        }
        Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The XHTML as a DOM; fails naming the file and the line when it is not well-formed. */
    public static Document parse(Path html) throws IOException {
        try (InputStream in = Files.newInputStream(html)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // a warning does not stop the report
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(in, html.toUri().toString());
        } catch (SAXException e) {
            throw new IOException(html + ": not well-formed XHTML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }
}
