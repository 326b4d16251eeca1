package org.example.library.util;

import java.util.List;

import org.example.library.model.Book;

/**
 * Exported the catalog as MARC-XML-ish files for the county union catalog. The county moved to a
 * web service in 2011 and nothing calls this any more.
 *
 * @deprecated no longer used; kept because "someone might need it".
 */
@Deprecated
public final class XmlExportUtil {

    private XmlExportUtil() {
    }

    public static String exportBooks(List<Book> books) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection>\n");
        for (Book b : books) {
            sb.append("  <record>\n")
              .append("    <datafield tag=\"020\">").append(escape(b.getIsbn())).append("</datafield>\n")
              .append("    <datafield tag=\"245\">").append(escape(b.getTitle())).append("</datafield>\n")
              .append("  </record>\n");
        }
        return sb.append("</collection>\n").toString();
    }

    private static String escape(String s) {
        return StringUtil.defaultString(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
