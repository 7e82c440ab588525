package bnlab.app;
public class Main { public static void main(String[] a) {} }
