package com.ks.platform.identity.ui;

import com.ks.platform.identity.Region;
import com.ks.platform.identity.Regions;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/** Province → city → district pickers; choosing one level offers the next and clears what no longer fits. */
class RegionFields {

    final ComboBox<Region> province = new ComboBox<>();
    final ComboBox<Region> city = new ComboBox<>();
    final ComboBox<Region> district = new ComboBox<>();
    private final Regions regions;

    RegionFields(Regions regions, String provinceLabel, String cityLabel, String districtLabel) {
        this.regions = regions;
        setUp(province, provinceLabel);
        setUp(city, cityLabel);
        setUp(district, districtLabel);
        province.setItems(regions.provinces());
        province.addValueChangeListener(change -> offer(city, change.getValue()));
        city.addValueChangeListener(change -> offer(district, change.getValue()));
        offer(city, null);
        offer(district, null);
    }

    private static void setUp(ComboBox<Region> box, String label) {
        box.setLabel(label);
        box.setItemLabelGenerator(Region::name);
        box.setWidthFull();
    }

    /** A level with one choice (北京市 → 市辖区, 东莞市 → 东莞市) is chosen for the person. */
    private void offer(ComboBox<Region> next, Region parent) {
        List<Region> choices = parent == null ? List.of() : regions.children(parent.code());
        next.clear();
        next.setItems(choices);
        next.setEnabled(!choices.isEmpty());
        if (choices.size() == 1) {
            next.setValue(choices.getFirst());
        }
    }

    void select(String provinceCode, String cityCode, String districtCode) {
        regions.find(provinceCode).ifPresent(province::setValue);
        regions.find(cityCode).ifPresent(city::setValue);
        regions.find(districtCode).ifPresent(district::setValue);
    }

    String provinceCode() {
        return code(province);
    }

    String cityCode() {
        return code(city);
    }

    String districtCode() {
        return code(district);
    }

    private static String code(ComboBox<Region> box) {
        return box.getValue() == null ? null : box.getValue().code();
    }
}
