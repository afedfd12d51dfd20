/*
 * On a phone, portal.css shows each row of a data table as a block and hides the heading row; every cell then
 * shows its column's heading from its data-label, which this script copies from the table's headings (again
 * after each PrimeFaces ajax update, which may replace a table). PrimeFaces tables (reflow) label their cells
 * themselves.
 *
 * The menu is one button on a phone: the class "js" on <html> tells the stylesheet that the button works, so
 * without scripts the links stay shown.
 *
 * PrimeFaces' sort choice of a reflow table (a <select> shown instead of the column headings) starts at its
 * first option whatever the table is sorted by; it is set to the sort the table shows.
 */
document.documentElement.classList.add('js');
(function () {
    'use strict';

    function labelCells() {
        document.querySelectorAll('table.table').forEach(function (table) {
            var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (heading) {
                return heading.textContent.trim();
            });
            table.querySelectorAll('tbody tr').forEach(function (row) {
                Array.prototype.forEach.call(row.cells, function (cell, column) {
                    if (headings[column]) {
                        cell.setAttribute('data-label', headings[column]);
                    }
                });
            });
        });
    }

    function showAppliedSort() {
        document.querySelectorAll('select.ui-reflow-dropdown').forEach(function (choice) {
            var table = choice.closest('.ui-datatable');
            var sorted = table && table.querySelector('thead th[aria-sort="ascending"], thead th[aria-sort="descending"]');
            if (!sorted) {
                return;
            }
            var order = sorted.getAttribute('aria-sort') === 'ascending' ? '0' : '1';
            Array.prototype.forEach.call(choice.options, function (option) {
                option.selected = option.getAttribute('data-columnkey') === sorted.id
                    && option.getAttribute('data-sortorder') === order;
            });
        });
    }

    function setUpMenu() {
        var button = document.getElementById('menu-button');
        if (!button) {
            return;
        }
        var menu = button.parentElement;
        function show(open) {
            menu.classList.toggle('open', open);
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
        button.addEventListener('click', function () {
            show(button.getAttribute('aria-expanded') !== 'true');
        });
        menu.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && menu.classList.contains('open')) {
                show(false);
                button.focus();
            }
        });
    }

    function prepare() {
        labelCells();
        showAppliedSort();
    }

    document.addEventListener('DOMContentLoaded', function () {
        prepare();
        setUpMenu();
    });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', prepare);
        // PrimeFaces creates its widgets in jQuery ready handlers, which jQuery runs after DOMContentLoaded, and
        // the data table's widget resets the sort choice to its first option: set it again once they all ran.
        window.jQuery(function () {
            window.setTimeout(showAppliedSort, 0);
        });
    }
})();
