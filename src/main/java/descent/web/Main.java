package descent.web;

public final class Main {
    public static void main(String[] args) {
        System.out.println("hello " + Math.sqrt(2));
    }
}
