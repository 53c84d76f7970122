package org.cxm.design.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an AQL expression into the tokens the VSM checker needs: identifiers (qualified ones like
 * {@code cxm::ChannelMode::offline} as one token), punctuation, and string and number literals.
 */
final class AqlTokens {

    enum Kind {
        IDENTIFIER,
        QUALIFIED,
        STRING,
        NUMBER,
        SYMBOL
    }

    record Token(Kind kind, String text) {

        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }

    private AqlTokens() {
    }

    static List<Token> of(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = closingQuote(expression, i);
                tokens.add(new Token(Kind.STRING, expression.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < expression.length() && (Character.isJavaIdentifierPart(expression.charAt(end))
                        || expression.startsWith("::", end))) {
                    end += expression.startsWith("::", end) ? 2 : 1;
                }
                String word = expression.substring(i, end);
                tokens.add(new Token(word.contains("::") ? Kind.QUALIFIED : Kind.IDENTIFIER, word));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < expression.length()
                        && (Character.isDigit(expression.charAt(end)) || expression.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, expression.substring(i, end)));
                i = end;
            } else {
                String symbol = expression.startsWith("->", i) || expression.startsWith("<>", i)
                        || expression.startsWith("<=", i) || expression.startsWith(">=", i)
                                ? expression.substring(i, i + 2)
                                : String.valueOf(c);
                tokens.add(new Token(Kind.SYMBOL, symbol));
                i += symbol.length();
            }
        }
        return tokens;
    }

    private static int closingQuote(String expression, int open) {
        int i = open + 1;
        while (i < expression.length() && expression.charAt(i) != '\'') {
            i += expression.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, expression.length() - 1);
    }
}
