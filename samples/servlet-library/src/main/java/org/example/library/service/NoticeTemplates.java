package org.example.library.service;

import org.example.library.model.Member;
import org.example.library.model.Notice;
import org.example.library.util.LibraryConstants;

/** Subjects and bodies of the notices. Plain text; the mail relay wraps them in the letterhead. */
public final class NoticeTemplates {

    private NoticeTemplates() {
    }

    public static String subject(String kind, String title) {
        switch (kind) {
            case Notice.KIND_OVERDUE:
                return "Overdue: " + title;
            case Notice.KIND_HOLD_READY:
                return "Your hold is ready: " + title;
            case Notice.KIND_FINE:
                return "A fine was added to your account";
            case Notice.KIND_WELCOME:
                return "Welcome to the " + LibraryConstants.LIBRARY_NAME;
            default:
                return "Message from the " + LibraryConstants.LIBRARY_NAME;
        }
    }

    /** {@code detail} is the due date, the pickup deadline or the amount, depending on the kind. */
    public static String body(String kind, Member member, String title, String detail) {
        String greeting = "Dear " + LibraryManager.getInstance().displayName(member) + ",\n\n";
        String text;
        switch (kind) {
            case Notice.KIND_OVERDUE:
                text = "\"" + title + "\" was due on " + detail + ". Please return it as soon as possible.";
                break;
            case Notice.KIND_HOLD_READY:
                text = "\"" + title + "\" is waiting for you at the desk until " + detail + ".";
                break;
            case Notice.KIND_FINE:
                text = "A fine of $" + detail + " was added for \"" + title + "\".";
                break;
            case Notice.KIND_WELCOME:
                text = "Your card number is " + detail + ".";
                break;
            default:
                text = detail;
        }
        return greeting + text + "\n\n" + LibraryConstants.LIBRARY_NAME;
    }
}
