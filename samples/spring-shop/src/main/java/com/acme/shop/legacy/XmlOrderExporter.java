package com.acme.shop.legacy;

import com.acme.shop.domain.Order;
import com.acme.shop.domain.OrderLine;
import com.acme.shop.util.DateUtils;

/**
 * XML export of orders for the old ERP (SAP R/3 IDoc-ish). The ERP moved to the event feed in 2021;
 * this exporter is no longer wired anywhere.
 */
public class XmlOrderExporter {

    public String export(Order order) {
        StringBuilder xml = new StringBuilder();
        xml.append("<order number=\"").append(escape(order.getOrderNumber())).append("\"");
        if (order.getPlacedAt() != null) {
            xml.append(" date=\"").append(DateUtils.format(order.getPlacedAt().toLocalDate())).append("\"");
        }
        xml.append(">\n");
        xml.append("  <customer>").append(escape(order.getCustomer().getEmail())).append("</customer>\n");
        for (OrderLine line : order.getLines()) {
            xml.append("  <line sku=\"").append(escape(line.getProduct().getSku()))
                    .append("\" qty=\"").append(line.getQuantity())
                    .append("\" price=\"").append(line.getUnitPrice().toPlainString()).append("\"/>\n");
        }
        xml.append("  <total>").append(order.getTotal().toPlainString()).append("</total>\n");
        return xml.append("</order>\n").toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
