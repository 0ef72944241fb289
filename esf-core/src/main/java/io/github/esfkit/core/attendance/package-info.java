/**
 * The running project in hours (närvaro och tidrapporter): participants' attended hours per month
 * ({@link io.github.esfkit.core.attendance.Attendance}) and staff time reports
 * ({@link io.github.esfkit.core.attendance.TimeReport}), with validators that report every broken rule and
 * the eligible-hour caps of each programme period ({@link io.github.esfkit.core.attendance.HourCaps}).
 */
@EsfStyle
@NullMarked
package io.github.esfkit.core.attendance;

import org.jspecify.annotations.NullMarked;

import io.github.esfkit.core.internal.EsfStyle;
