package com.ks.platform.merchant;

/** A document's bytes with the content type its signature proved. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
