package com.ks.platform.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the person's language (the component's own texts are English) and read 2026-11-25. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker localized(DatePicker picker, Locale requested) {
        Locale locale = Translations.supported(requested);
        List<DayOfWeek> sundayFirst = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(picker.getTranslation(locale, "datePicker.today"))
                .setCancel(picker.getTranslation(locale, "datePicker.cancel")));
        return picker;
    }
}
