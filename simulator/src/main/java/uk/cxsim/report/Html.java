package uk.cxsim.report;

/** Small HTML helpers: escaping and elements. */
final class Html {
    private Html() {
    }

    static String esc(Object o) {
        String s = String.valueOf(o);
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String row(String... cells) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append("<td>").append(c).append("</td>");
        }
        return sb.append("</tr>\n").toString();
    }

    static String header(String... cells) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append("<th>").append(esc(c)).append("</th>");
        }
        return sb.append("</tr>\n").toString();
    }
}
