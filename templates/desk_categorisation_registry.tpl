{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li>Registri sistem elektronik</li></ul></nav>
<h1>Registri Sistem Elektronik</h1>
<p><a href="/staf/kategori-sistem">Laporan per kategori</a> · <a href="/staf/kategori-sistem.csv" download>Unduh CSV</a></p>
<form method="get" action="/staf/sistem" class="filter">
<label for="saring">Perangkat Daerah</label>
<select id="saring" name="instansi"><option value="">Semua Perangkat Daerah</option>{{#filters}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/filters}}</select>
<button type="submit" class="secondary">Tampilkan</button>
</form>
<div class="table-wrap"><table class="systems">
<thead><tr><th>Perangkat Daerah</th><th>Sistem elektronik</th><th>Unit pemilik</th><th>Kategori</th><th>Skor</th><th>Dikategorikan</th></tr></thead>
<tbody>
{{#systems}}<tr><td>{{agency}}</td><td><a href="/staf/sistem/{{id}}">{{name}}</a>{{#url}}<br><small>{{url}}</small>{{/url}}</td><td>{{owner_unit}}</td><td><span class="category category-{{category}}">{{category_label}}</span></td><td>{{score}}</td><td>{{categorised}}</td></tr>
{{/systems}}
{{#no_systems}}<tr><td colspan="6">Belum ada sistem elektronik terdaftar.</td></tr>{{/no_systems}}
</tbody></table></div>
{{#can_edit}}<section id="tambah">
<h2>Daftarkan sistem elektronik</h2>
<form method="post" action="/staf/sistem">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="s-instansi">Perangkat Daerah pemilik <span class="required">*</span></label>
<select id="s-instansi" name="instansi"{{#error_instansi}} aria-invalid="true"{{/error_instansi}}><option value="">— pilih —</option>{{#agencies}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agencies}}</select>
{{#error_instansi}}<small class="error">{{error_instansi}}</small>{{/error_instansi}}
<label for="s-nama">Nama sistem elektronik <span class="required">*</span></label>
<input id="s-nama" name="nama" value="{{value_nama}}" maxlength="200"{{#error_nama}} aria-invalid="true"{{/error_nama}}>
{{#error_nama}}<small class="error">{{error_nama}}</small>{{/error_nama}}
<label for="s-url">Alamat (URL)</label>
<input id="s-url" type="url" name="url" value="{{value_url}}" placeholder="https://"{{#error_url}} aria-invalid="true"{{/error_url}}>
{{#error_url}}<small class="error">{{error_url}}</small>{{/error_url}}
<label for="s-unit">Unit kerja pemilik / pengelola <span class="required">*</span></label>
<input id="s-unit" name="unit" value="{{value_unit}}" maxlength="200"{{#error_unit}} aria-invalid="true"{{/error_unit}}>
{{#error_unit}}<small class="error">{{error_unit}}</small>{{/error_unit}}
<label for="s-deskripsi">Deskripsi</label>
<textarea id="s-deskripsi" name="deskripsi" rows="6"{{#error_deskripsi}} aria-invalid="true"{{/error_deskripsi}}>{{value_deskripsi}}</textarea>
{{#error_deskripsi}}<small class="error">{{error_deskripsi}}</small>{{/error_deskripsi}}
<button type="submit">Daftarkan</button>
</form>
</section>{{/can_edit}}
