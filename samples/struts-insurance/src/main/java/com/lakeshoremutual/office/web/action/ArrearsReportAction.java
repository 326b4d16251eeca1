package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Instalment;
import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.util.DateUtils;
import com.lakeshoremutual.office.util.MoneyUtils;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import java.io.PrintWriter;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/**
 * Instalments unpaid beyond the grace period. "format=csv" downloads the list for the mail merge of the
 * reminder letters.
 */
public class ArrearsReportAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        BillingService billingService = (BillingService) getBean(WebKeys.BILLING_SERVICE);
        List<Instalment> arrears = billingService.findArrearsReport();
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"arrears.csv\"");
            PrintWriter out = response.getWriter();
            out.print("policy_no,holder,instalment,due_date,outstanding\r\n");
            for (Instalment instalment : arrears) {
                out.print(instalment.getPolicyNo() + "," + csv(instalment.getHolderName()) + ","
                        + instalment.getSeq() + "," + DateUtils.format(instalment.getDueDate()) + ","
                        + MoneyUtils.plain(instalment.getOutstanding()) + "\r\n");
            }
            out.flush();
            return null;
        }
        request.setAttribute("arrears", arrears);
        return mapping.findForward(WebKeys.SUCCESS);
    }

    private static String csv(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
