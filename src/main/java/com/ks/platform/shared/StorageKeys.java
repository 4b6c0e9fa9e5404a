package com.ks.platform.shared;

import java.util.regex.Pattern;

/** Storage keys are ours (module/ids), never a person's file name: lower-case words separated by single slashes. */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("^[a-z0-9-]+(/[a-z0-9-]+)*$");

    private StorageKeys() {}

    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }
}
