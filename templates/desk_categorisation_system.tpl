{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li><a href="/staf/sistem">Registri sistem elektronik</a></li><li>{{name}}</li></ul></nav>
{{#saved}}<p class="saved" role="status">Tersimpan.</p>{{/saved}}
<h1>{{name}}</h1>
<p>{{agency}} · Unit pemilik: {{owner_unit}}{{#url}} · <a href="{{url}}" rel="noopener noreferrer">{{url}}</a>{{/url}}</p>
{{#description}}<p class="prewrap">{{description}}</p>{{/description}}
<p>Kategori saat ini: <strong class="category category-{{category}}">{{category_label}}</strong>{{#score}} (skor {{score}}, {{categorised}}, instrumen <code>{{instrument}}</code>){{/score}}</p>
{{#latest}}<article class="receipt" role="status">
<h2>Kategorisasi terakhir: {{#complete}}{{label}}, skor {{score}}{{/complete}}{{#no_complete}}belum lengkap ({{unanswered}} pertanyaan belum dijawab){{/no_complete}}</h2>
{{#complete}}<p>Standar yang wajib diterapkan ({{rule}}):</p>
<ul>{{#standards}}<li>{{value}}</li>{{/standards}}</ul>
{{#fallback}}<p><small>{{fallback}}</small></p>{{/fallback}}{{/complete}}
</article>{{/latest}}
<h2>Riwayat kategorisasi</h2>
<div class="table-wrap"><table class="categorisations">
<thead><tr><th>Tanggal</th><th>Instrumen</th><th>Skor</th><th>Kategori</th><th>Oleh</th></tr></thead>
<tbody>
{{#history}}<tr><td>{{at}}</td><td><code>{{instrument}}</code></td><td>{{score}}</td><td>{{label}}</td><td>{{who}}</td></tr>
{{/history}}
{{#no_history}}<tr><td colspan="5">Belum pernah dikategorikan.</td></tr>{{/no_history}}
</tbody></table></div>
{{#can_edit}}
{{#questionnaire}}<details><summary>Isi kuesioner kategorisasi</summary>
<form method="post" action="/staf/sistem/{{id}}/kategorisasi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<p><small>Instrumen <code>{{instrument}}</code>. Jawaban yang belum lengkap boleh disimpan; kategori ditetapkan setelah semua pertanyaan dijawab.</small></p>
{{#questions}}<fieldset>
<legend><strong>{{id}}</strong> {{indicator}}</legend>
{{#note}}<small>{{note}}</small>{{/note}}
{{#options}}<label><input type="radio" name="{{name}}" value="{{letter}}"{{#checked}} checked{{/checked}}> {{letter}}. {{text}} <small>({{points}})</small></label>
{{/options}}
</fieldset>
{{/questions}}
<button type="submit">Simpan kuesioner</button>
</form></details>{{/questionnaire}}
<details{{#error_nama}} open{{/error_nama}}{{#error_url}} open{{/error_url}}{{#error_unit}} open{{/error_unit}}{{#error_deskripsi}} open{{/error_deskripsi}}><summary>Ubah data sistem</summary>
<form method="post" action="/staf/sistem/{{id}}">
<input type="hidden" name="_csrf" value="{{csrf}}">
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
<button type="submit">Simpan perubahan</button>
</form></details>
{{/can_edit}}
