package io.eparwatch.security;

/** Who is logged in and with which of the {@link Roles}. */
public record Login(String username, String role) {}
