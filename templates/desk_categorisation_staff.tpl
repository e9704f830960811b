{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="kategorisasi">
<h2>Kategorisasi sistem elektronik</h2>
{{#system}}<p>Sistem elektronik: <a href="/staf/sistem/{{id}}"><strong>{{name}}</strong></a> ({{agency}}) · Kategori saat ini: <strong class="category category-{{category}}">{{category_label}}</strong></p>{{/system}}
{{#no_system}}<p>Permohonan ini belum dikaitkan dengan sistem elektronik di registri.</p>{{/no_system}}
{{#result}}<article class="receipt" role="status">
{{#complete}}<h3>Skor {{score}}: {{label}}</h3>
<p>Standar yang wajib diterapkan ({{rule}}):</p>
<ul>{{#standards}}<li>{{value}}</li>{{/standards}}</ul>
{{#fallback}}<p><small>{{fallback}}</small></p>{{/fallback}}{{/complete}}
{{#no_complete}}<h3>Kuesioner belum lengkap: belum ada kategori</h3>
<p>{{unanswered}} pertanyaan belum dijawab (skor sementara {{score}}).</p>{{/no_complete}}
<p><small>Instrumen <code>{{instrument}}</code></small></p>
</article>{{/result}}
{{#gate_step}}<p><small>Langkah {{gate_step}} baru dapat diselesaikan setelah kuesioner lengkap dan kategorinya tampil.</small></p>{{/gate_step}}
{{#can_edit}}
{{#link}}<details{{#open}} open{{/open}}><summary>Kaitkan dengan sistem elektronik</summary>
<form method="post" action="/staf/permohonan/{{number}}/kategorisasi/sistem">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="k-sistem">Sistem elektronik Perangkat Daerah pemohon</label>
<select id="k-sistem" name="sistem">
{{#from_form}}<option value="formulir">Daftarkan dari formulir: {{from_form}}</option>{{/from_form}}
{{#choices}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/choices}}
</select>
<button type="submit" class="secondary">Kaitkan</button>
</form></details>{{/link}}
{{#questionnaire}}{{#refused}}<p class="error" role="alert" id="kategorisasi-ditolak">{{refused}} Jawaban Anda di bawah ini belum disimpan.</p>{{/refused}}
<form method="post" action="/staf/permohonan/{{number}}/kategorisasi">
<input type="hidden" name="_csrf" value="{{csrf}}">
<p><small>Instrumen <code>{{instrument}}</code>. Jawaban yang belum lengkap boleh disimpan; kategori ditetapkan setelah semua pertanyaan dijawab. Setiap penyimpanan dicatat sebagai kategorisasi baru.</small></p>
{{#questions}}<fieldset>
<legend><strong>{{id}}</strong> {{indicator}}</legend>
{{#note}}<small>{{note}}</small>{{/note}}
{{#options}}<label><input type="radio" name="{{name}}" value="{{letter}}"{{#checked}} checked{{/checked}}> {{letter}}. {{text}} <small>({{points}})</small></label>
{{/options}}
</fieldset>
{{/questions}}
<button type="submit">Simpan kuesioner</button>
</form>{{/questionnaire}}
{{/can_edit}}
</section>
