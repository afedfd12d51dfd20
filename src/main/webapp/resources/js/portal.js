/*
 * On a phone, portal.css shows each row of a data table as a block and hides the heading row; every cell then
 * shows its column's heading from its data-label, which this script copies from the table's headings (again
 * after each PrimeFaces ajax update, which may replace a table).
 */
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

    document.addEventListener('DOMContentLoaded', labelCells);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', labelCells);
    }
})();
