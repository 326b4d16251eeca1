package com.lakeshoremutual.office.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Password hashes of staff_user: hex MD5, as the 2009 release stored them (the single sign-on project that was
 * to replace them was cancelled in 2015).
 */
public final class PasswordDigest {

    private PasswordDigest() {
    }

    public static String md5Hex(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 not available", e);
        }
    }

    public static boolean matches(String password, String hash) {
        return password != null && hash != null && md5Hex(password).equalsIgnoreCase(hash.trim());
    }
}
