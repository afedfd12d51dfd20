package si.utility.portal.staff.web;

/** The page numbers of the back office's lists: from 1, held to 1..{@value #MAX_PAGE} whatever a URL asks. */
final class Pager {

    static final int MAX_PAGE = 100_000;

    private Pager() {
    }

    static int clamp(int page) {
        return Math.max(1, Math.min(page, MAX_PAGE));
    }

    static int first(int page, int pageSize) {
        return (clamp(page) - 1) * pageSize;
    }

    static int pageCount(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
